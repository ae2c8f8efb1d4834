package com.telekpr.order.store;

import com.telekpr.events.CustomerDetails;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

@Entity
@Table(name = "customer_profiles")
public class CustomerProfileEntity {
    @Id
    public UUID id;
    @Column(name = "user_id")
    public UUID userId;
    @Column(name = "first_name")
    public String firstName;
    @Column(name = "middle_name")
    public String middleName;
    @Column(name = "last_name")
    public String lastName;
    public String email;
    public String phone;
    public String gender;
    @Column(name = "date_of_birth")
    public LocalDate dateOfBirth;
    @Column(name = "street_address")
    public String streetAddress;
    @Column(name = "apt_suite")
    public String aptSuite;
    public String city;
    public String state;
    @Column(name = "postal_code")
    public String postalCode;
    public String country;
    @Column(name = "telegram_username")
    public String telegramUsername;
    @Column(name = "instagram_username")
    public String instagramUsername;
    @Column(name = "password_encrypted")
    public String passwordEncrypted;
    @Column(name = "deleted_at")
    public Instant deletedAt;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public CustomerDetails details() {
        return new CustomerDetails(firstName, middleName, lastName, email, phone, gender, dateOfBirth, streetAddress,
                aptSuite, city, state, postalCode, country, telegramUsername, instagramUsername);
    }

    public void copy(CustomerDetails details) {
        firstName = details.firstName();
        middleName = details.middleName();
        lastName = details.lastName();
        email = details.email();
        phone = details.phone();
        gender = details.gender();
        dateOfBirth = details.dateOfBirth();
        streetAddress = details.streetAddress();
        aptSuite = details.aptSuite();
        city = details.city();
        state = details.state();
        postalCode = details.postalCode();
        country = details.country();
        telegramUsername = details.telegramUsername();
        instagramUsername = details.instagramUsername();
        updatedAt = Instant.now();
        if (createdAt == null) {
            createdAt = updatedAt;
        }
    }
}
